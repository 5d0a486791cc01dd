; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5

; Function Attrs: nounwind
define i32 @tp0_sys_enter_lseek(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_lseek" !dbg !40 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !45, metadata !DIExpression()), !dbg !46
  %zero = alloca i32, align 4, !dbg !47
  store i32 0, i32* %zero, align 4, !dbg !47
  %0 = getelementptr i8, i8* %ctx, i64 24, !dbg !48
  %1 = bitcast i8* %0 to i64*, !dbg !48
  %2 = load i64, i64* %1, align 8, !dbg !48
  %3 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !48
  %.not = icmp eq i8* %3, null, !dbg !48
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !48

rec.fill:                                         ; preds = %entry
  %sext12 = shl i64 %2, 32, !dbg !48
  %4 = ashr exact i64 %sext12, 32, !dbg !48
  %sext11 = shl i64 %2, 48, !dbg !48
  %5 = ashr exact i64 %sext11, 48, !dbg !48
  %sext = shl i64 %2, 56, !dbg !48
  %6 = ashr exact i64 %sext, 56, !dbg !48
  %7 = bitcast i8* %3 to i64*, !dbg !48
  store i64 1, i64* %7, align 8, !dbg !48
  %8 = getelementptr i8, i8* %3, i64 8, !dbg !48
  %9 = bitcast i8* %8 to i64*, !dbg !48
  store i64 %6, i64* %9, align 8, !dbg !48
  %10 = getelementptr i8, i8* %3, i64 16, !dbg !48
  %11 = bitcast i8* %10 to i64*, !dbg !48
  store i64 %5, i64* %11, align 8, !dbg !48
  %12 = getelementptr i8, i8* %3, i64 24, !dbg !48
  %13 = bitcast i8* %12 to i64*, !dbg !48
  store i64 %4, i64* %13, align 8, !dbg !48
  %14 = getelementptr i8, i8* %3, i64 32, !dbg !48
  %15 = bitcast i8* %14 to i64*, !dbg !48
  store i64 %2, i64* %15, align 8, !dbg !48
  %16 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !48
  %17 = icmp ugt i64 %16, 65536, !dbg !48
  %18 = select i1 %17, i64 2, i64 1, !dbg !48
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %3, i64 %18) #0, !dbg !48
  br label %rec.done, !dbg !48

rec.lost:                                         ; preds = %entry
  %19 = bitcast i32* %zero to i8*, !dbg !48
  %20 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %19) #0, !dbg !48
  %.not13 = icmp eq i8* %20, null, !dbg !48
  br i1 %.not13, label %rec.done, label %stat.inc, !dbg !48

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %21 = getelementptr i8, i8* %ctx, i64 16, !dbg !49
  %22 = bitcast i8* %21 to i32*, !dbg !49
  %23 = load i32, i32* %22, align 4, !dbg !49
  %24 = zext i32 %23 to i64, !dbg !49
  %25 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !49
  %.not14 = icmp eq i8* %25, null, !dbg !49
  br i1 %.not14, label %rec.lost2, label %rec.fill1, !dbg !49

stat.inc:                                         ; preds = %rec.lost
  %26 = bitcast i8* %20 to i64*, !dbg !48
  %27 = load i64, i64* %26, align 8, !dbg !48
  %28 = add i64 %27, 1, !dbg !48
  store i64 %28, i64* %26, align 8, !dbg !48
  br label %rec.done, !dbg !48

rec.fill1:                                        ; preds = %rec.done
  %29 = and i32 %23, 65535, !dbg !49
  %30 = zext i32 %29 to i64, !dbg !49
  %31 = and i32 %23, 255, !dbg !49
  %32 = zext i32 %31 to i64, !dbg !49
  %33 = bitcast i8* %25 to i64*, !dbg !49
  store i64 4294967297, i64* %33, align 8, !dbg !49
  %34 = getelementptr i8, i8* %25, i64 8, !dbg !49
  %35 = bitcast i8* %34 to i64*, !dbg !49
  store i64 %32, i64* %35, align 8, !dbg !49
  %36 = getelementptr i8, i8* %25, i64 16, !dbg !49
  %37 = bitcast i8* %36 to i64*, !dbg !49
  store i64 %30, i64* %37, align 8, !dbg !49
  %38 = getelementptr i8, i8* %25, i64 24, !dbg !49
  %39 = bitcast i8* %38 to i64*, !dbg !49
  store i64 %24, i64* %39, align 8, !dbg !49
  %40 = getelementptr i8, i8* %25, i64 32, !dbg !49
  %41 = bitcast i8* %40 to i64*, !dbg !49
  store i64 %24, i64* %41, align 8, !dbg !49
  %42 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !49
  %43 = icmp ugt i64 %42, 65536, !dbg !49
  %44 = select i1 %43, i64 2, i64 1, !dbg !49
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %25, i64 %44) #0, !dbg !49
  br label %rec.done3, !dbg !49

rec.lost2:                                        ; preds = %rec.done
  %45 = bitcast i32* %zero to i8*, !dbg !49
  %46 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %45) #0, !dbg !49
  %.not15 = icmp eq i8* %46, null, !dbg !49
  br i1 %.not15, label %rec.done3, label %stat.inc4, !dbg !49

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  %47 = load i32, i32* %22, align 4, !dbg !50
  %48 = load i64, i64* %1, align 8, !dbg !50
  %49 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !50
  %.not17 = icmp eq i8* %49, null, !dbg !50
  br i1 %.not17, label %rec.lost7, label %rec.fill6, !dbg !50

stat.inc4:                                        ; preds = %rec.lost2
  %50 = bitcast i8* %46 to i64*, !dbg !49
  %51 = load i64, i64* %50, align 8, !dbg !49
  %52 = add i64 %51, 1, !dbg !49
  store i64 %52, i64* %50, align 8, !dbg !49
  br label %rec.done3, !dbg !49

rec.fill6:                                        ; preds = %rec.done3
  %53 = and i64 %48, 65535, !dbg !50
  %54 = icmp ugt i64 %53, 10, !dbg !50
  %55 = zext i1 %54 to i64, !dbg !50
  %56 = lshr i32 %47, 7, !dbg !50
  %.lobit = and i32 %56, 1, !dbg !50
  %57 = zext i32 %.lobit to i64, !dbg !50
  %58 = bitcast i8* %49 to i64*, !dbg !50
  store i64 8589934593, i64* %58, align 8, !dbg !50
  %59 = getelementptr i8, i8* %49, i64 8, !dbg !50
  %60 = bitcast i8* %59 to i64*, !dbg !50
  store i64 %57, i64* %60, align 8, !dbg !50
  %61 = getelementptr i8, i8* %49, i64 16, !dbg !50
  %62 = bitcast i8* %61 to i64*, !dbg !50
  store i64 %55, i64* %62, align 8, !dbg !50
  %63 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !50
  %64 = icmp ugt i64 %63, 65536, !dbg !50
  %65 = select i1 %64, i64 2, i64 1, !dbg !50
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %49, i64 %65) #0, !dbg !50
  br label %rec.done8, !dbg !50

rec.lost7:                                        ; preds = %rec.done3
  %66 = bitcast i32* %zero to i8*, !dbg !50
  %67 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %66) #0, !dbg !50
  %.not18 = icmp eq i8* %67, null, !dbg !50
  br i1 %.not18, label %rec.done8, label %stat.inc9, !dbg !50

rec.done8:                                        ; preds = %rec.lost7, %stat.inc9, %rec.fill6
  ret i32 0, !dbg !47

stat.inc9:                                        ; preds = %rec.lost7
  %68 = bitcast i8* %67 to i64*, !dbg !50
  %69 = load i64, i64* %68, align 8, !dbg !50
  %70 = add i64 %69, 1, !dbg !50
  store i64 %70, i64* %68, align 8, !dbg !50
  br label %rec.done8, !dbg !50
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
!3 = !DIFile(filename: "casts.tp", directory: ".")
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
!40 = distinct !DISubprogram(name: "tp0_sys_enter_lseek", linkageName: "tp0_sys_enter_lseek", scope: !3, file: !3, line: 2, type: !41, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!12, !43}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !{!45}
!45 = !DILocalVariable(name: "ctx", arg: 1, scope: !40, file: !3, line: 2, type: !43)
!46 = !DILocation(line: 2, scope: !40)
!47 = !DILocation(line: 2, column: 1, scope: !40)
!48 = !DILocation(line: 3, column: 2, scope: !40)
!49 = !DILocation(line: 4, column: 2, scope: !40)
!50 = !DILocation(line: 5, column: 2, scope: !40)
