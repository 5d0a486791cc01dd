; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5

; Function Attrs: nounwind
define i32 @tp0_sys_enter_close(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_close" !dbg !40 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !45, metadata !DIExpression()), !dbg !46
  %zero = alloca i32, align 4, !dbg !47
  store i32 0, i32* %zero, align 4, !dbg !47
  %0 = getelementptr i8, i8* %ctx, i64 16, !dbg !48
  %1 = bitcast i8* %0 to i32*, !dbg !48
  %2 = load i32, i32* %1, align 4, !dbg !48
  %3 = icmp eq i32 %2, 1, !dbg !48
  br i1 %3, label %if.then, label %if.done, !dbg !48

if.then:                                          ; preds = %entry
  %4 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !49
  %.not28 = icmp eq i8* %4, null, !dbg !49
  br i1 %.not28, label %rec.lost, label %rec.fill, !dbg !49

if.done:                                          ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  %5 = load i32, i32* %1, align 4, !dbg !50
  %6 = icmp ugt i32 %5, 2, !dbg !50
  br i1 %6, label %if.then1, label %if.else, !dbg !50

rec.fill:                                         ; preds = %if.then
  %7 = bitcast i8* %4 to i64*, !dbg !49
  store i64 1, i64* %7, align 8, !dbg !49
  %8 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !49
  %9 = icmp ugt i64 %8, 65536, !dbg !49
  %10 = select i1 %9, i64 2, i64 1, !dbg !49
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %4, i64 %10) #0, !dbg !49
  br label %if.done, !dbg !49

rec.lost:                                         ; preds = %if.then
  %11 = bitcast i32* %zero to i8*, !dbg !49
  %12 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %11) #0, !dbg !49
  %.not29 = icmp eq i8* %12, null, !dbg !49
  br i1 %.not29, label %if.done, label %stat.inc, !dbg !49

stat.inc:                                         ; preds = %rec.lost
  %13 = bitcast i8* %12 to i64*, !dbg !49
  %14 = load i64, i64* %13, align 8, !dbg !49
  %15 = add i64 %14, 1, !dbg !49
  store i64 %15, i64* %13, align 8, !dbg !49
  br label %if.done, !dbg !49

if.then1:                                         ; preds = %if.done
  %16 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !51
  %.not26 = icmp eq i8* %16, null, !dbg !51
  br i1 %.not26, label %rec.lost4, label %rec.fill3, !dbg !51

if.done2:                                         ; preds = %rec.lost19, %stat.inc21, %rec.fill18, %if.else10, %rec.lost12, %stat.inc14, %rec.fill11, %rec.lost4, %stat.inc6, %rec.fill3
  ret i32 0, !dbg !47

if.else:                                          ; preds = %if.done
  %17 = icmp eq i32 %5, 0, !dbg !52
  br i1 %17, label %if.then8, label %if.else10, !dbg !52

rec.fill3:                                        ; preds = %if.then1
  %18 = bitcast i8* %16 to i64*, !dbg !51
  store i64 4294967297, i64* %18, align 8, !dbg !51
  %19 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !51
  %20 = icmp ugt i64 %19, 65536, !dbg !51
  %21 = select i1 %20, i64 2, i64 1, !dbg !51
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %16, i64 %21) #0, !dbg !51
  br label %if.done2, !dbg !51

rec.lost4:                                        ; preds = %if.then1
  %22 = bitcast i32* %zero to i8*, !dbg !51
  %23 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %22) #0, !dbg !51
  %.not27 = icmp eq i8* %23, null, !dbg !51
  br i1 %.not27, label %if.done2, label %stat.inc6, !dbg !51

stat.inc6:                                        ; preds = %rec.lost4
  %24 = bitcast i8* %23 to i64*, !dbg !51
  %25 = load i64, i64* %24, align 8, !dbg !51
  %26 = add i64 %25, 1, !dbg !51
  store i64 %26, i64* %24, align 8, !dbg !51
  br label %if.done2, !dbg !51

if.then8:                                         ; preds = %if.else
  %27 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !53
  %.not24 = icmp eq i8* %27, null, !dbg !53
  br i1 %.not24, label %rec.lost12, label %rec.fill11, !dbg !53

if.else10:                                        ; preds = %if.else
  %28 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !54
  %pid.mask = and i64 %28, -4294967296, !dbg !54
  %29 = icmp eq i64 %pid.mask, 4294967296, !dbg !54
  br i1 %29, label %if.then16, label %if.done2, !dbg !54

rec.fill11:                                       ; preds = %if.then8
  %30 = bitcast i8* %27 to i64*, !dbg !53
  store i64 8589934593, i64* %30, align 8, !dbg !53
  %31 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !53
  %32 = icmp ugt i64 %31, 65536, !dbg !53
  %33 = select i1 %32, i64 2, i64 1, !dbg !53
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %27, i64 %33) #0, !dbg !53
  br label %if.done2, !dbg !53

rec.lost12:                                       ; preds = %if.then8
  %34 = bitcast i32* %zero to i8*, !dbg !53
  %35 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %34) #0, !dbg !53
  %.not25 = icmp eq i8* %35, null, !dbg !53
  br i1 %.not25, label %if.done2, label %stat.inc14, !dbg !53

stat.inc14:                                       ; preds = %rec.lost12
  %36 = bitcast i8* %35 to i64*, !dbg !53
  %37 = load i64, i64* %36, align 8, !dbg !53
  %38 = add i64 %37, 1, !dbg !53
  store i64 %38, i64* %36, align 8, !dbg !53
  br label %if.done2, !dbg !53

if.then16:                                        ; preds = %if.else10
  %39 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !55
  %.not = icmp eq i8* %39, null, !dbg !55
  br i1 %.not, label %rec.lost19, label %rec.fill18, !dbg !55

rec.fill18:                                       ; preds = %if.then16
  %40 = bitcast i8* %39 to i64*, !dbg !55
  store i64 12884901889, i64* %40, align 8, !dbg !55
  %41 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !55
  %42 = icmp ugt i64 %41, 65536, !dbg !55
  %43 = select i1 %42, i64 2, i64 1, !dbg !55
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %39, i64 %43) #0, !dbg !55
  br label %if.done2, !dbg !55

rec.lost19:                                       ; preds = %if.then16
  %44 = bitcast i32* %zero to i8*, !dbg !55
  %45 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %44) #0, !dbg !55
  %.not23 = icmp eq i8* %45, null, !dbg !55
  br i1 %.not23, label %if.done2, label %stat.inc21, !dbg !55

stat.inc21:                                       ; preds = %rec.lost19
  %46 = bitcast i8* %45 to i64*, !dbg !55
  %47 = load i64, i64* %46, align 8, !dbg !55
  %48 = add i64 %47, 1, !dbg !55
  store i64 %48, i64* %46, align 8, !dbg !55
  br label %if.done2, !dbg !55
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!38, !39}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !26, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "stmt_if_else.tp", directory: ".")
!4 = !{!0, !5}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 64, align: 64, elements: !18)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !27)
!27 = !{!28, !33}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !29, size: 64, align: 64)
!29 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64, align: 64, dwarfAddressSpace: 0)
!30 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !31)
!31 = !{!32}
!32 = !DISubrange(count: 27, lowerBound: 0)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 262144, lowerBound: 0)
!38 = !{i32 2, !"Debug Info Version", i32 3}
!39 = !{i32 2, !"Dwarf Version", i32 4}
!40 = distinct !DISubprogram(name: "tp0_sys_enter_close", linkageName: "tp0_sys_enter_close", scope: !3, file: !3, line: 2, type: !41, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!12, !43}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !{!45}
!45 = !DILocalVariable(name: "ctx", arg: 1, scope: !40, file: !3, line: 2, type: !43)
!46 = !DILocation(line: 2, scope: !40)
!47 = !DILocation(line: 2, column: 1, scope: !40)
!48 = !DILocation(line: 3, column: 2, scope: !40)
!49 = !DILocation(line: 4, column: 3, scope: !40)
!50 = !DILocation(line: 6, column: 2, scope: !40)
!51 = !DILocation(line: 7, column: 3, scope: !40)
!52 = !DILocation(line: 8, column: 9, scope: !40)
!53 = !DILocation(line: 9, column: 3, scope: !40)
!54 = !DILocation(line: 11, column: 3, scope: !40)
!55 = !DILocation(line: 12, column: 4, scope: !40)
