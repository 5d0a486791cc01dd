; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_c = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_m = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !34
@tp_ro = constant [32 x i8] zeroinitializer, section ".rodata", align 8, !dbg !52

; Function Attrs: nounwind
define i32 @begin0(i8* %ctx) #0 section "raw_tp" !dbg !73 {
entry:
  %tmp6 = alloca [1 x i64], align 8, !dbg !79
  %tmp = alloca [1 x i64], align 8, !dbg !79
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !78, metadata !DIExpression()), !dbg !79
  %zero = alloca i32, align 4, !dbg !80
  store i32 0, i32* %zero, align 4, !dbg !80
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !81
  %.not = icmp eq i8* %0, null, !dbg !81
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !81

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !81
  store i64 1, i64* %1, align 8, !dbg !81
  %2 = getelementptr i8, i8* %0, i64 8, !dbg !81
  %3 = bitcast i8* %2 to i64*, !dbg !81
  store i64 42, i64* %3, align 8, !dbg !81
  %4 = getelementptr i8, i8* %0, i64 16, !dbg !81
  %5 = bitcast i8* %4 to i64*, !dbg !81
  store i64 16, i64* %5, align 8, !dbg !81
  %6 = getelementptr i8, i8* %0, i64 24, !dbg !81
  %7 = bitcast i8* %6 to i64*, !dbg !81
  store i64 8, i64* %7, align 8, !dbg !81
  %8 = getelementptr i8, i8* %0, i64 32, !dbg !81
  store i8 104, i8* %8, align 1, !dbg !81
  %9 = getelementptr i8, i8* %0, i64 33, !dbg !81
  store i8 101, i8* %9, align 1, !dbg !81
  %10 = getelementptr i8, i8* %0, i64 34, !dbg !81
  store i8 108, i8* %10, align 1, !dbg !81
  %11 = getelementptr i8, i8* %0, i64 35, !dbg !81
  store i8 108, i8* %11, align 1, !dbg !81
  %12 = getelementptr i8, i8* %0, i64 36, !dbg !81
  store i8 111, i8* %12, align 1, !dbg !81
  %13 = getelementptr i8, i8* %0, i64 37, !dbg !81
  store i8 0, i8* %13, align 1, !dbg !81
  %14 = getelementptr i8, i8* %0, i64 40, !dbg !81
  %15 = bitcast i8* %14 to i64*, !dbg !81
  store i64 0, i64* %15, align 8, !dbg !81
  %16 = getelementptr i8, i8* %0, i64 48, !dbg !81
  %17 = bitcast i8* %16 to i64*, !dbg !81
  store i64 4, i64* %17, align 8, !dbg !81
  %18 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !81
  %19 = icmp ugt i64 %18, 65536, !dbg !81
  %20 = select i1 %19, i64 2, i64 1, !dbg !81
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %20) #0, !dbg !81
  br label %rec.done, !dbg !81

rec.lost:                                         ; preds = %entry
  %21 = bitcast i32* %zero to i8*, !dbg !81
  %22 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %21) #0, !dbg !81
  %.not14 = icmp eq i8* %22, null, !dbg !81
  br i1 %.not14, label %rec.done, label %stat.inc, !dbg !81

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %23 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !82
  %.not15 = icmp eq i8* %23, null, !dbg !82
  br i1 %.not15, label %rec.lost2, label %rec.fill1, !dbg !82

stat.inc:                                         ; preds = %rec.lost
  %24 = bitcast i8* %22 to i64*, !dbg !81
  %25 = load i64, i64* %24, align 8, !dbg !81
  %26 = add i64 %25, 1, !dbg !81
  store i64 %26, i64* %24, align 8, !dbg !81
  br label %rec.done, !dbg !81

rec.fill1:                                        ; preds = %rec.done
  %27 = bitcast i8* %23 to i64*, !dbg !82
  store i64 4294967297, i64* %27, align 8, !dbg !82
  %28 = getelementptr i8, i8* %23, i64 8, !dbg !82
  store i8 52, i8* %28, align 1, !dbg !82
  %29 = getelementptr i8, i8* %23, i64 9, !dbg !82
  store i8 50, i8* %29, align 1, !dbg !82
  %30 = getelementptr i8, i8* %23, i64 10, !dbg !82
  store i8 0, i8* %30, align 1, !dbg !82
  %31 = getelementptr i8, i8* %23, i64 16, !dbg !82
  store i8 0, i8* %31, align 1, !dbg !82
  %32 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !82
  %33 = icmp ugt i64 %32, 65536, !dbg !82
  %34 = select i1 %33, i64 2, i64 1, !dbg !82
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %23, i64 %34) #0, !dbg !82
  br label %rec.done3, !dbg !82

rec.lost2:                                        ; preds = %rec.done
  %35 = bitcast i32* %zero to i8*, !dbg !82
  %36 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %35) #0, !dbg !82
  %.not16 = icmp eq i8* %36, null, !dbg !82
  br i1 %.not16, label %rec.done3, label %stat.inc4, !dbg !82

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  %37 = bitcast [1 x i64]* %tmp to i8*, !dbg !83
  %38 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !83
  store i64 24, i64* %38, align 8, !dbg !83
  %39 = bitcast [1 x i64]* %tmp6 to i8*, !dbg !83
  %40 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp6, i64 0, i64 0, !dbg !83
  store i64 42, i64* %40, align 8, !dbg !83
  %41 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %39, i8* nonnull %37, i64 0) #0, !dbg !83
  %42 = icmp slt i64 %41, 0, !dbg !83
  br i1 %42, label %map.full, label %if.then, !dbg !83

stat.inc4:                                        ; preds = %rec.lost2
  %43 = bitcast i8* %36 to i64*, !dbg !82
  %44 = load i64, i64* %43, align 8, !dbg !82
  %45 = add i64 %44, 1, !dbg !82
  store i64 %45, i64* %43, align 8, !dbg !82
  br label %rec.done3, !dbg !82

map.full:                                         ; preds = %rec.done3
  %46 = bitcast i32* %zero to i8*, !dbg !83
  %47 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %46) #0, !dbg !83
  %.not19 = icmp eq i8* %47, null, !dbg !83
  br i1 %.not19, label %if.then, label %stat.inc7, !dbg !83

stat.inc7:                                        ; preds = %map.full
  %48 = getelementptr i8, i8* %47, i64 16, !dbg !83
  %49 = bitcast i8* %48 to i64*, !dbg !83
  %50 = load i64, i64* %49, align 8, !dbg !83
  %51 = add i64 %50, 1, !dbg !83
  store i64 %51, i64* %49, align 8, !dbg !83
  br label %if.then, !dbg !83

if.then:                                          ; preds = %map.full, %stat.inc7, %rec.done3
  %52 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !84
  %.not17 = icmp eq i8* %52, null, !dbg !84
  br i1 %.not17, label %rec.lost10, label %rec.fill9, !dbg !84

rec.fill9:                                        ; preds = %if.then
  %53 = bitcast i8* %52 to i64*, !dbg !84
  store i64 8589934595, i64* %53, align 8, !dbg !84
  %54 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !84
  %55 = icmp ugt i64 %54, 65536, !dbg !84
  %56 = select i1 %55, i64 2, i64 1, !dbg !84
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %52, i64 %56) #0, !dbg !84
  br label %rec.done11, !dbg !84

rec.lost10:                                       ; preds = %if.then
  %57 = bitcast i32* %zero to i8*, !dbg !84
  %58 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %57) #0, !dbg !84
  %.not18 = icmp eq i8* %58, null, !dbg !84
  br i1 %.not18, label %rec.done11, label %stat.inc12, !dbg !84

rec.done11:                                       ; preds = %rec.lost10, %stat.inc12, %rec.fill9
  ret i32 0, !dbg !80

stat.inc12:                                       ; preds = %rec.lost10
  %59 = bitcast i8* %58 to i64*, !dbg !84
  %60 = load i64, i64* %59, align 8, !dbg !84
  %61 = add i64 %60, 1, !dbg !84
  store i64 %61, i64* %59, align 8, !dbg !84
  br label %rec.done11, !dbg !84
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !85 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !88
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !87, metadata !DIExpression()), !dbg !88
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !89
  %pid.mask = and i64 %0, -4294967296, !dbg !89
  %1 = icmp eq i64 %pid.mask, 180388626432, !dbg !89
  br i1 %1, label %pred.true, label %return, !dbg !89

return:                                           ; preds = %pred.true, %agg.have, %entry
  ret i32 0, !dbg !90

pred.true:                                        ; preds = %entry
  %2 = bitcast [1 x i64]* %tmp to i8*, !dbg !91
  %3 = bitcast [1 x i64]* %tmp to i32*, !dbg !91
  store i32 0, i32* %3, align 8, !dbg !91
  %4 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_c to i8*), i8* nonnull %2) #0, !dbg !91
  %.not = icmp eq i8* %4, null, !dbg !91
  br i1 %.not, label %return, label %agg.have, !dbg !91

agg.have:                                         ; preds = %pred.true
  %5 = bitcast i8* %4 to i64*, !dbg !91
  %6 = load i64, i64* %5, align 8, !dbg !91
  %7 = add i64 %6, 1, !dbg !91
  store i64 %7, i64* %5, align 8, !dbg !91
  br label %return, !dbg !91
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!71, !72}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !59, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "positional.tp", directory: ".")
!4 = !{!0, !5, !28, !34, !52}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 192, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 3, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_c", linkageName: "m_c", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!9, !15, !20, !32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !33, size: 64, align: 64, offset: 192)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DIGlobalVariableExpression(var: !35, expr: !DIExpression())
!35 = distinct !DIGlobalVariable(name: "m_m", linkageName: "m_m", scope: !2, file: !3, type: !36, isLocal: false, isDefinition: true, align: 64)
!36 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !37)
!37 = !{!38, !39, !44, !50}
!38 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !40, size: 64, align: 64, offset: 64)
!40 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !41, size: 64, align: 64, dwarfAddressSpace: 0)
!41 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !42)
!42 = !{!43}
!43 = !DISubrange(count: 4096, lowerBound: 0)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !45, size: 64, align: 64, offset: 128)
!45 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!46 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !47)
!47 = !{!48}
!48 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !49, size: 64, align: 8)
!49 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!50 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !51, size: 64, align: 64, offset: 192)
!51 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !49, size: 64, align: 64, dwarfAddressSpace: 0)
!52 = !DIGlobalVariableExpression(var: !53, expr: !DIExpression())
!53 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !54, isLocal: false, isDefinition: true, align: 64)
!54 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !55)
!55 = !DICompositeType(tag: DW_TAG_array_type, baseType: !56, size: 256, align: 8, elements: !57)
!56 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!57 = !{!58}
!58 = !DISubrange(count: 32, lowerBound: 0)
!59 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !60)
!60 = !{!61, !66}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !62, size: 64, align: 64)
!62 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !63, size: 64, align: 64, dwarfAddressSpace: 0)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !64)
!64 = !{!65}
!65 = !DISubrange(count: 27, lowerBound: 0)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !67, size: 64, align: 64, offset: 64)
!67 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !68, size: 64, align: 64, dwarfAddressSpace: 0)
!68 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !69)
!69 = !{!70}
!70 = !DISubrange(count: 262144, lowerBound: 0)
!71 = !{i32 2, !"Debug Info Version", i32 3}
!72 = !{i32 2, !"Dwarf Version", i32 4}
!73 = distinct !DISubprogram(name: "begin0", linkageName: "begin0", scope: !3, file: !3, line: 4, type: !74, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !77)
!74 = !DISubroutineType(types: !75)
!75 = !{!12, !76}
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!77 = !{!78}
!78 = !DILocalVariable(name: "ctx", arg: 1, scope: !73, file: !3, line: 4, type: !76)
!79 = !DILocation(line: 4, scope: !73)
!80 = !DILocation(line: 4, column: 1, scope: !73)
!81 = !DILocation(line: 5, column: 2, scope: !73)
!82 = !DILocation(line: 6, column: 2, scope: !73)
!83 = !DILocation(line: 7, column: 2, scope: !73)
!84 = !DILocation(line: 9, column: 3, scope: !73)
!85 = distinct !DISubprogram(name: "tp1_sys_enter_openat", linkageName: "tp1_sys_enter_openat", scope: !3, file: !3, line: 12, type: !74, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !86)
!86 = !{!87}
!87 = !DILocalVariable(name: "ctx", arg: 1, scope: !85, file: !3, line: 12, type: !76)
!88 = !DILocation(line: 12, scope: !85)
!89 = !DILocation(line: 12, column: 39, scope: !85)
!90 = !DILocation(line: 12, column: 1, scope: !85)
!91 = !DILocation(line: 12, column: 52, scope: !85)
